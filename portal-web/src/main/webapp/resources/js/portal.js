/* The portal's own behaviour: the header menu on narrow screens. */
(function () {
    'use strict';
    function setUp() {
        var toggle = document.getElementById('menuToggle');
        var header = document.getElementById('portalHeader');
        if (!toggle || !header || toggle.dataset.ready) {
            return;
        }
        toggle.dataset.ready = 'true';
        toggle.addEventListener('click', function () {
            var open = header.classList.toggle('menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && header.classList.contains('menu-open')) {
                header.classList.remove('menu-open');
                toggle.setAttribute('aria-expanded', 'false');
                toggle.focus();
            }
        });
    }
    /*
     * A PrimeFaces select is read out by a focusable label (role combobox) that names only the chosen
     * option: it is named by its field's label too, and says when the field is required.
     */
    function describeSelects() {
        document.querySelectorAll('label.ui-outputlabel[for$="_input"]').forEach(function (label) {
            var id = label.getAttribute('for').replace(/_input$/, '');
            var box = document.getElementById(id + '_label');
            if (!box || box.getAttribute('role') !== 'combobox') {
                return;
            }
            if (!label.id) {
                label.id = id + '_fieldLabel';
            }
            box.setAttribute('aria-labelledby', label.id + ' ' + box.id);
            if (label.classList.contains('ui-required')) {
                box.setAttribute('aria-required', 'true');
            }
        });
    }
    function ready() {
        setUp();
        describeSelects();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', describeSelects);
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
