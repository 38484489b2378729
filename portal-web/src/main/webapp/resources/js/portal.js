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
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setUp);
    } else {
        setUp();
    }
}());
