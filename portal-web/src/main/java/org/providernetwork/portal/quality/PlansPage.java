package org.providernetwork.portal.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.quality.ImprovementPlans;
import org.providernetwork.service.quality.QualityViews.PlanSummary;
import org.providernetwork.service.quality.QualityViews.PlanView;

import java.io.Serializable;
import java.util.List;

/** Program improvement plans of the caller's scope; a lead (or state CQI staff) opens a new one here. */
@Named
@ViewScoped
public class PlansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImprovementPlans plans;

    @Inject
    private CurrentUser currentUser;

    private List<PlanSummary> rows = List.of();
    private String newRegion;
    private String newTitle;

    public void load() {
        rows = plans.plans(null, false);
        if (currentUser.isLead()) {
            newRegion = currentUser.getLeadRegionCode();
        }
    }

    public String open() {
        try {
            PlanView plan = plans.open(new ImprovementPlans.NewPlan(newRegion, null, newTitle, null));
            return "/quality/plan?faces-redirect=true&id=" + plan.summary().id();
        } catch (DomainException e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    public boolean isCanOpen() {
        return currentUser.isStateStaff() || currentUser.isLead();
    }

    public List<PlanSummary> getRows() {
        return rows;
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
