using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Consent;

public sealed class ConsentInput
{
    [Display(Name = "Send me RED-IT news e-mails")]
    public bool NewsEmails { get; set; }

    [Display(Name = "Allow analytics cookies (Google Analytics)")]
    public bool AnalyticsCookies { get; set; }
}
