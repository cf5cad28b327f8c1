using System.Runtime.CompilerServices;

namespace RedIt.Portal.Tests.Infrastructure;

// Approved text lives beside the test in Approved/; on a mismatch a .received file is written
// next to it, to compare and, when the change is intended, to rename to .approved.
public static class Approvals
{
    public static void Verify(string name, string received, [CallerFilePath] string here = "")
    {
        ArgumentNullException.ThrowIfNull(received);
        var folder = Path.Combine(Path.GetDirectoryName(here)!, "Approved");
        var approved = Path.Combine(folder, $"{name}.approved.md");
        var receivedPath = Path.Combine(folder, $"{name}.received.md");
        if (File.Exists(approved) && File.ReadAllText(approved) == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        Assert.Fail(File.Exists(approved)
            ? $"{name} changed. Compare {receivedPath} with {approved}; if the change is intended, approve it by renaming."
            : $"{name} has no approved text yet. Check {receivedPath} and rename it to {approved}.");
    }
}
