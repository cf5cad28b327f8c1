using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Support.CannedReplies;

public sealed class CannedReplyInput
{
    public const int MaxTitleLength = 120;
    public const int MaxBodyLength = 10_000;

    [Display(Name = "Title")]
    [Required(ErrorMessage = "Please give the reply a title.")]
    [StringLength(MaxTitleLength, ErrorMessage = "A title can be at most {1} characters.")]
    public string? Title { get; set; }

    [Display(Name = "Language")]
    [Required(ErrorMessage = "Please choose the language of the reply.")]
    [RegularExpression("^(nl|en)$", ErrorMessage = "Please choose the language of the reply.")]
    public string? Culture { get; set; }

    // Empty: for every topic.
    [Display(Name = "Topic")]
    [RegularExpression("^(Support|Sales|Billing|Abuse)?$", ErrorMessage = "Please choose a topic, or every topic.")]
    public string? Topic { get; set; }

    [Display(Name = "Text")]
    [Required(ErrorMessage = "Please write the text of the reply.")]
    [StringLength(MaxBodyLength, ErrorMessage = "The text can be at most {1} characters.")]
    public string? Body { get; set; }

    public TicketTopic? TopicValue => Enum.TryParse<TicketTopic>(Topic, ignoreCase: false, out var topic) && Enum.IsDefined(topic) ? topic : null;

    public static CannedReplyInput From(CannedReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new CannedReplyInput { Title = reply.Title, Culture = reply.Culture, Topic = reply.Topic?.ToString(), Body = reply.Body };
    }
}
