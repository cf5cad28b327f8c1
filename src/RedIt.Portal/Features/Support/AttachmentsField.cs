namespace RedIt.Portal.Features.Support;

// The file field of a form. ChooseAgain: the form came back with an error and a browser cannot
// keep the chosen files, so the page says they must be chosen again.
public sealed record AttachmentsField(string Name, string Label, AttachmentOptions Limits, bool ChooseAgain);
