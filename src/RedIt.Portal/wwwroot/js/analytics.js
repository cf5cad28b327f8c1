// Google Analytics 4, loaded by the portal only after the visitor accepted analytics cookies.
// The measurement id comes from this script tag's data attribute, so no inline script is needed.
(function () {
    var tag = document.currentScript;
    var id = tag && tag.getAttribute('data-measurement-id');
    if (!id) {
        return;
    }

    window.dataLayer = window.dataLayer || [];
    window.gtag = function () { window.dataLayer.push(arguments); };
    window.gtag('js', new Date());
    window.gtag('config', id, { anonymize_ip: true });
})();
