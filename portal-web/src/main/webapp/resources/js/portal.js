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
        document.querySelectorAll('label.ui-outputlabel[for$="_label"]').forEach(function (label) {
            var box = document.getElementById(label.getAttribute('for'));
            if (!box || box.getAttribute('role') !== 'combobox') {
                return;
            }
            if (!label.id) {
                label.id = box.id + 'Text';
            }
            box.setAttribute('aria-labelledby', label.id + ' ' + box.id);
            if (label.classList.contains('ui-required')) {
                box.setAttribute('aria-required', 'true');
            }
        });
    }
    /* Each table cell knows its column's name, so that a narrow screen can show rows as cards. */
    function labelCells() {
        document.querySelectorAll('.ui-datatable table').forEach(function (table) {
            var heads = Array.from(table.querySelectorAll(':scope > thead > tr > th')).map(function (th) {
                var title = th.querySelector('.ui-column-title');
                return (title ? title.textContent : th.textContent).trim();
            });
            table.querySelectorAll(':scope > tbody > tr:not(.ui-datatable-empty-message)').forEach(function (row) {
                Array.from(row.children).forEach(function (cell, i) {
                    if (heads[i] && !cell.hasAttribute('data-label')) {
                        cell.setAttribute('data-label', heads[i]);
                    }
                });
            });
        });
    }
    /*
     * Repairs of PrimeFaces markup for assistive technology: a plain file field is drawn visible but
     * marked hidden; a list of messages has alerts instead of list items (the list itself is the live region).
     */
    function repairMarkup() {
        document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
            // only a plain file field: the styled upload's own field is rightly hidden behind its labelled button
            if (input.offsetParent !== null && !input.closest('[class*="ui-fileupload"]')) {
                input.removeAttribute('aria-hidden');
            }
        });
        document.querySelectorAll('.ui-messages ul > li[role="alert"]').forEach(function (item) {
            item.removeAttribute('role');
            var box = item.closest('.ui-messages > div') || item.parentElement.parentElement;
            if (box && !box.hasAttribute('role')) {
                box.setAttribute('role', 'alert');
            }
        });
    }
    function refresh() {
        describeSelects();
        labelCells();
        repairMarkup();
    }
    function ready() {
        setUp();
        refresh();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', refresh);
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
