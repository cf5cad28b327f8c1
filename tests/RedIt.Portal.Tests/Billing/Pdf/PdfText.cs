using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace RedIt.Portal.Tests.Billing.Pdf;

// Reads a PDF the way a person's viewer does, with poppler's pdftotext and pdfinfo (Debian
// package poppler-utils, installed by test.sh), so a test sees the words on the page and not
// PDFsharp's idea of them.
internal static class PdfText
{
    // One string per page, in layout mode so a table row stays on one line.
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        var text = Run("pdftotext", pdf, "-layout", "-enc", "UTF-8");
        var pages = text.Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));

    public static IReadOnlyDictionary<string, string> Info(byte[] pdf)
    {
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Run("pdfinfo", pdf, "-enc", "UTF-8").Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                info[line[..colon]] = line[(colon + 1)..].Trim();
            }
        }

        return info;
    }

    private static string Run(string tool, byte[] pdf, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"redit-invoice-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(path);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            using var process = StartOrExplain(start);
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
                throw new TimeoutException($"{tool} did not finish within a minute.");
            }

            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {errors.Result}");
            return output.Result;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{start.FileName} is not installed: install the Debian package poppler-utils (./test.sh does).", exception);
        }
    }
}
