namespace RedIt.Portal.Tests.Security.Authorization;

public enum Answer
{
    // 200: the page or file.
    Ok,

    // A redirect that is the action's own answer (after a form, or to a page that fits better).
    Redirect,

    // 302 to the sign-in page.
    SignIn,

    // 401: the phone API without a phone system's key.
    Unauthorized,

    // 403: signed in, but not in a role that may (the cookie handler sends the browser to the
    // access-denied page).
    Forbidden,

    // 404: no such thing, or someone else's: the two look the same.
    NotFound,

    // 410: a one-time link that was used already.
    Gone,
}
