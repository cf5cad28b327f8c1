using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RedIt.Portal.Infrastructure.Web;

// <field asp-for="FirstName" autocomplete="given-name" />: label, input and that field's own
// error message, tied together for screen readers (aria-describedby, aria-invalid).
[HtmlTargetElement("field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string? Type { get; set; }

    public string? Autocomplete { get; set; }

    public string? Hint { get; set; }

    public string? Inputmode { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
        var id = TagBuilder.CreateSanitizedId(fullName, "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;
        var errorId = id + "-error";
        var hintId = id + "-hint";
        var describedBy = string.Join(' ', new[] { Hint is null ? null : hintId, errorId }.Where(s => s is not null));

        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal) { ["aria-describedby"] = describedBy };
        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Inputmode is not null)
        {
            attributes["inputmode"] = Inputmode;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "field field-error" : "field");

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, name, labelText: null, htmlAttributes: null);
        var hint = Hint is null ? null : new TagBuilder("p") { Attributes = { ["id"] = hintId, ["class"] = "hint" } };
        hint?.InnerHtml.Append(Hint!);
        var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, message: null, tag: "p",
            htmlAttributes: new Dictionary<string, object> { ["id"] = errorId, ["class"] = "error" });

        if (For.ModelExplorer.ModelType == typeof(bool))
        {
            output.Attributes.SetAttribute("class", "field field-check");
            var box = generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, isChecked: null, htmlAttributes: attributes);
            output.Content.AppendHtml(box);
            output.Content.AppendHtml(label);
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, name));
        }
        else
        {
            output.Content.AppendHtml(label);
            if (hint is not null)
            {
                output.Content.AppendHtml(hint);
            }

            var input = Type == "password"
                ? generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, htmlAttributes: attributes)
                : generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, format: null,
                    htmlAttributes: new Dictionary<string, object?>(attributes) { ["type"] = Type ?? "text" });
            output.Content.AppendHtml(input);
        }

        if (error is not null)
        {
            output.Content.AppendHtml(error);
        }
    }
}
