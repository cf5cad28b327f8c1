using System.Text.RegularExpressions;

namespace RedIt.Portal.Features.PolicyVersions;

// The policy is written as plain text: a numbered line ("2.1. Customer service") is a heading,
// a short line without a full stop is a subheading, "- " lines form a list, the rest are paragraphs.
public sealed partial record PolicyTextBlock(PolicyTextBlockKind Kind, IReadOnlyList<string> Lines)
{
    private const int SubheadingMaxLength = 60;

    public static IReadOnlyList<PolicyTextBlock> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<PolicyTextBlock>();
        List<string>? list = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // The first line is the document's title, which the page shows as its own heading.
        if (lines.Count > 0 && !lines[0].EndsWith('.'))
        {
            lines.RemoveAt(0);
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (list is null)
                {
                    list = [];
                    blocks.Add(new PolicyTextBlock(PolicyTextBlockKind.List, list));
                }

                list.Add(line[2..].Trim());
                continue;
            }

            list = null;
            var kind = NumberedHeading().IsMatch(line) ? PolicyTextBlockKind.Heading
                : line.Length <= SubheadingMaxLength && !EndsSentence(line) ? PolicyTextBlockKind.Subheading
                : PolicyTextBlockKind.Paragraph;
            blocks.Add(new PolicyTextBlock(kind, [line]));
        }

        return blocks;
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or ':' or '?' or '!' or ';' or ',';

    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s+\S")]
    private static partial Regex NumberedHeading();
}

public enum PolicyTextBlockKind
{
    Heading,
    Subheading,
    Paragraph,
    List,
}
