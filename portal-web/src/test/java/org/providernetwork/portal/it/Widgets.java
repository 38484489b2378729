package org.providernetwork.portal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** PrimeFaces widgets driven as a test needs them, where a headless click does not follow an animation. */
final class Widgets {

    private Widgets() {
    }

    /** Picks an option of a PrimeFaces select by (the start of) its label, through the widget's own API. */
    static void choose(Browser browser, String id, String label) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        Object value = browser.wait.until(d -> js.executeScript("var s = document.getElementById(arguments[0] + '_input');"
                + " if (!s) return null; for (var o of s.options) { if (o.text.trim().indexOf(arguments[1]) === 0) return o.value; }"
                + " return null;", id, label));
        js.executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }

    /** The page's width as laid out against the window's: more means the page scrolls sideways. */
    static long[] widths(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        Number scroll = (Number) js.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        Number viewport = (Number) js.executeScript("return window.innerWidth;");
        return new long[] {scroll.longValue(), viewport.longValue()};
    }

    /** The HTTP status of the page the browser shows. */
    static long status(Browser browser) {
        Number status = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "var n = performance.getEntriesByType('navigation'); return n.length ? n[0].responseStatus : -1;");
        return status.longValue();
    }
}
