// The provider's inbox, live: a server-sent event tells of a new offer and the list refreshes at once
// (the p:remoteCommand "refreshInbox"); the page's 15-second poll stays as the fallback.
(function () {
    function start() {
        var anchor = document.getElementById('inboxLive');
        if (!anchor || typeof window.EventSource === 'undefined') {
            return;
        }
        var source = new EventSource(anchor.getAttribute('data-stream'));
        source.addEventListener('offer', function () {
            if (typeof window.refreshInbox === 'function') {
                window.refreshInbox();
            }
        });
        source.addEventListener('open', function () {
            anchor.setAttribute('data-live', 'true');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
