using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RedIt.Portal.Tests.Infrastructure;

// A person at a browser without the browser: loads a page, fills in its form (with the
// antiforgery token the page carries) and presses submit. Cookies persist between requests.
public sealed class Browserless(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    public async Task<Page> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        return await Page.FromAsync(response);
    }

    // Follows redirects so the returned page is what a browser would end up showing.
    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        for (var hops = 0; hops < 5 && (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            var location = response.Headers.Location!;
            response.Dispose();
            response = await client.GetAsync(location);
        }

        using (response)
        {
            return await Page.FromAsync(response);
        }
    }

    // Submits the page's form (the first, or the one whose action contains formAction) with
    // the given field values on top of what the form already holds.
    public async Task<HttpResponseMessage> SubmitAsync(Page page, IDictionary<string, string> values, string? formAction = null)
    {
        var (action, fields) = Fields(page, values, formAction);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, content);
    }

    // The same as multipart/form-data, with files under their field names, as a browser sends a
    // form with a file input.
    public async Task<HttpResponseMessage> SubmitWithFilesAsync(
        Page page, IDictionary<string, string> values, IEnumerable<UploadedFile> files, string? formAction = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (action, fields) = Fields(page, values, formAction);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        return await client.PostAsync(action, content);
    }

    public async Task<Page> SubmitWithFilesAndFollowAsync(
        Page page, IDictionary<string, string> values, IEnumerable<UploadedFile> files, string? formAction = null) =>
        await FollowAsync(await SubmitWithFilesAsync(page, values, files, formAction));

    private static (string Action, List<KeyValuePair<string, string>> Fields) Fields(Page page, IDictionary<string, string> values, string? formAction)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(values);
        var form = page.Form(formAction);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when string.IsNullOrEmpty(input.Name):
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } input:
                    if (!values.ContainsKey(input.Name!) && input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "file" }:
                    break;
                case IHtmlInputElement input:
                    if (!values.ContainsKey(input.Name!))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !values.ContainsKey(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlButtonElement { Name.Length: > 0 } button when !values.ContainsKey(button.Name!):
                    fields.Add(new(button.Name!, button.Value));
                    break;
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        return (action, fields);
    }

    public async Task<Page> SubmitAndFollowAsync(Page page, IDictionary<string, string> values, string? formAction = null) =>
        await FollowAsync(await SubmitAsync(page, values, formAction));

    // What a person picked in a file input: the claimed type is the browser's guess from the name.
    public sealed record UploadedFile(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");

    public sealed class Page
    {
        private Page(string url, HttpStatusCode status, IHtmlDocument document, string html)
        {
            Url = url;
            Status = status;
            Document = document;
            Html = html;
        }

        public string Url { get; }

        public HttpStatusCode Status { get; }

        public IHtmlDocument Document { get; }

        public string Html { get; }

        public string Text => Document.Body?.TextContent ?? "";

        public string? Heading => Document.QuerySelector("h1")?.TextContent.Trim();

        // The error message shown under one field, e.g. "Address.PostalCode".
        public string? FieldError(string field) =>
            Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } message ? message : null;

        public string? Value(string field) => Document.QuerySelector($"[name='{field}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlSelectElement select => select.Value,
            IHtmlTextAreaElement area => area.Value,
            _ => null,
        };

        public IHtmlFormElement Form(string? action = null) =>
            Document.Forms.FirstOrDefault(f => action is null
                ? !(f.GetAttribute("action") ?? "").Contains("/language", StringComparison.Ordinal)
                    && !(f.GetAttribute("action") ?? "").Contains("/logout", StringComparison.Ordinal)
                : (f.GetAttribute("action") ?? "").Contains(action, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form{(action is null ? "" : " for " + action)} on {Url}: {Heading}");

        public static async Task<Page> FromAsync(HttpResponseMessage response)
        {
            ArgumentNullException.ThrowIfNull(response);
            var html = await response.Content.ReadAsStringAsync();
            var url = response.RequestMessage?.RequestUri?.ToString() ?? "";
            return new Page(url, response.StatusCode, Parser.ParseDocument(html), html);
        }
    }
}
