using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace RedIt.Portal.Features.Support;

// A stored file as a download and never as a page: the browser saves it (attachment), does not
// guess another type than the one stored (nosniff), and no shared cache keeps a copy.
public static class AttachmentResponse
{
    public static FileContentResult File(HttpResponse response, AttachmentDownload download)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(download);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store, private";
        var disposition = new ContentDispositionHeaderValue("attachment");
        // An ASCII name for old clients, the real one as filename* (RFC 6266, RFC 5987).
        disposition.SetHttpFileName(download.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(download.Content, download.ContentType);
    }
}
