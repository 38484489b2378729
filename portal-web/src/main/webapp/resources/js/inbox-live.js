// The provider's inbox, live: a server-sent event tells of a new offer and the list refreshes at once
// (the p:remoteCommand "refreshInbox"). A stream ends after a while and the browser reconnects; on every
// reconnection the list refreshes once, so an offer made in between is not missed. The page's 15-second
// poll stays as the fallback (for a browser without EventSource, or a proxy that buffers the stream).
(function () {
    function refresh() {
        if (typeof window.refreshInbox === 'function') {
            window.refreshInbox();
        }
    }
    function start() {
        var anchor = document.getElementById('inboxLive');
        if (!anchor || typeof window.EventSource === 'undefined') {
            return;
        }
        var opened = false;
        var source = new EventSource(anchor.getAttribute('data-stream'));
        source.addEventListener('offer', refresh);
        source.addEventListener('open', function () {
            if (opened) {
                refresh();
            }
            opened = true;
            anchor.setAttribute('data-live', 'true');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
