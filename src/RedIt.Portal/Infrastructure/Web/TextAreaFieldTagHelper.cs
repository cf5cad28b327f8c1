using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RedIt.Portal.Infrastructure.Web;

// <textarea-field asp-for="Message" />: like <field>, for free text: label, text area and the
// field's own error, tied together for screen readers.
[HtmlTargetElement("textarea-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextAreaFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public int Rows { get; set; } = 5;

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
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal) { ["aria-describedby"] = id + "-error" };
        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "field field-error" : "field");
        output.Content.AppendHtml(generator.GenerateLabel(ViewContext, For.ModelExplorer, name, labelText: null, htmlAttributes: null));
        output.Content.AppendHtml(generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, columns: 60, htmlAttributes: attributes));
        var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, message: null, tag: "p",
            htmlAttributes: new Dictionary<string, object> { ["id"] = id + "-error", ["class"] = "error" });
        if (error is not null)
        {
            output.Content.AppendHtml(error);
        }
    }
}
