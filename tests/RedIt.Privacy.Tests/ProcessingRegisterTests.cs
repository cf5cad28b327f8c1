using System.Runtime.CompilerServices;
using RedIt.Privacy.Tests.Toy;

namespace RedIt.Privacy.Tests;

public class ProcessingRegisterTests
{
    private static readonly string[] _measures =
    [
        "Passwords are stored as salted hashes",
        "Identity documents are encrypted at rest",
        "Staff access to personal data is logged",
    ];

    private static readonly ProcessingActivity _internalCommunication = new(
        "Internal communication",
        [new PrivacyPurpose("Efficient communication between employees", LegalBasis.LegitimateInterest)],
        ["Customers", "Employees"],
        ["Whatever is shared in a conversation"],
        [ToyHoster.SkypeForBusiness],
        ["Not stored by the portal."],
        []);

    [Fact]
    [Trait("Policy", "6")]
    public void The_register_is_generated_from_the_rules_and_matches_the_approved_text()
    {
        using var database = new ToyDatabase();

        var markdown = ProcessingRegister.From(ToyHoster.Controller, database.Catalog(), _measures, [_internalCommunication]).ToMarkdown();

        Assert.Equal(Approved("ProcessingRegister", markdown), markdown);
    }

    [Fact]
    [Trait("Policy", "6")]
    public void The_register_is_deterministic_and_merges_entities_of_one_category()
    {
        using var first = new ToyDatabase();
        using var second = new ToyDatabase();

        var one = ProcessingRegister.From(ToyHoster.Controller, first.Catalog(), _measures);
        var other = ProcessingRegister.From(ToyHoster.Controller, second.Catalog(), _measures);

        Assert.Equal(one.ToMarkdown(), other.ToMarkdown());
        var account = one.Activities.Single(a => a.Category == "Customer account");
        Assert.Equal(["Address", "Person"], account.StoredIn);
        Assert.Contains("Street", account.PersonalData);
        Assert.Contains("Password hash", account.PersonalData);
        Assert.Equal(["Customers"], account.DataSubjects);
        Assert.Equal([ToyHoster.ErrorReporting, ToyHoster.GoogleMaps], account.Recipients);
    }

    // The approved file sits beside this test; a mismatch leaves a .received file to compare and approve.
    private static string Approved(string name, string received, [CallerFilePath] string here = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(here)!, "Approved");
        var approved = Path.Combine(folder, $"{name}.approved.md");
        var receivedPath = Path.Combine(folder, $"{name}.received.md");
        if (File.Exists(approved) && File.ReadAllText(approved) == received)
        {
            File.Delete(receivedPath);
            return received;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        return File.Exists(approved) ? File.ReadAllText(approved) : $"(no approved file yet: see {receivedPath})";
    }
}
