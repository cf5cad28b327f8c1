using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Domains.NameServers;

public sealed class NameServerInput
{
    // One host name per line (spaces and commas also separate); empty means RED-IT's name servers.
    [Display(Name = "Name servers")]
    [StringLength(1000, ErrorMessage = "The name servers can be at most {1} characters together.")]
    public string? NameServers { get; set; }
}

public sealed record NameServerForm(Guid ServiceId, string Domain, string? Current, NameServerInput Input);
