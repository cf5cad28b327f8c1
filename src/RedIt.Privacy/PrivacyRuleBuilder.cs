using System.Linq.Expressions;

namespace RedIt.Privacy;

public sealed class PrivacyRuleBuilder<T>
    where T : class
{
    private readonly List<string> _personalData = [];
    private readonly List<string> _notPersonalData = [];
    private readonly List<PrivacyPurpose> _purposes = [];
    private readonly List<Recipient> _recipients = [];
    private readonly List<string> _stripOnErasure = [];
    private readonly List<FieldRetention> _clearSooner = [];
    private string _category = DisplayName(typeof(T));
    private IReadOnlyList<string> _subjectPath = [];
    private string _dataSubjects = "Customers";
    private string? _personEmail;
    private string? _personEmailConfirmed;
    private string? _foundByEmail;
    private RetentionPeriod? _keepFor;
    private string? _retentionFrom;
    private string? _retentionStartsAt;
    private string? _retentionReason;
    private bool _keepWhileAccountExists;
    private bool _keptWithParent;
    private Erasure _onErasure = Erasure.Delete;
    private Erasure _afterRetention = Erasure.Delete;
    private string? _anonymisedFlag;

    public PrivacyRuleBuilder<T> Category(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _category = name;
        return this;
    }

    public PrivacyRuleBuilder<T> Subject(Expression<Func<T, Guid>> subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _subjectPath = MemberPath.Of(subject);
        return this;
    }

    public PrivacyRuleBuilder<T> Subject(Expression<Func<T, Guid?>> subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _subjectPath = MemberPath.Of(subject);
        return this;
    }

    // On the person's own entity: the address by which rows without a subject are found to be
    // theirs, but only once `confirmed` says they proved it, or anyone could sign up with someone
    // else's address and read what that person wrote to us.
    public PrivacyRuleBuilder<T> IdentifiedByEmail(Expression<Func<T, string?>> email, Expression<Func<T, bool>> confirmed)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(confirmed);
        _personEmail = MemberPath.Single(email);
        _personEmailConfirmed = MemberPath.Single(confirmed);
        return this;
    }

    // A row whose subject is empty still belongs to the person whose confirmed address it names.
    public PrivacyRuleBuilder<T> AlsoFoundByEmail(Expression<Func<T, string?>> email)
    {
        ArgumentNullException.ThrowIfNull(email);
        _foundByEmail = MemberPath.Single(email);
        return this;
    }

    public PrivacyRuleBuilder<T> DataSubjects(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        _dataSubjects = description;
        return this;
    }

    public PrivacyRuleBuilder<T> PersonalData(params Expression<Func<T, object?>>[] properties)
    {
        _personalData.AddRange(Names(properties));
        return this;
    }

    // For shadow properties, which have no member to point at.
    public PrivacyRuleBuilder<T> PersonalData(params string[] propertyNames)
    {
        _personalData.AddRange(propertyNames);
        return this;
    }

    public PrivacyRuleBuilder<T> NotPersonalData(params Expression<Func<T, object?>>[] properties)
    {
        _notPersonalData.AddRange(Names(properties));
        return this;
    }

    public PrivacyRuleBuilder<T> NotPersonalData(params string[] propertyNames)
    {
        _notPersonalData.AddRange(propertyNames);
        return this;
    }

    public PrivacyRuleBuilder<T> Purpose(string name, LegalBasis basis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _purposes.Add(new PrivacyPurpose(name, basis));
        return this;
    }

    public PrivacyRuleBuilder<T> Recipients(params Recipient[] recipients)
    {
        _recipients.AddRange(recipients);
        return this;
    }

    // `startsAt` names the moment `from` holds, in words a customer reads in their export:
    // "Kept for 7 years from the invoice date".
    public PrivacyRuleBuilder<T> KeepFor<TFrom>(TimeSpan period, Expression<Func<T, TFrom>> from, string startsAt, string because) =>
        KeepFor(RetentionPeriod.FromTimeSpan(period), from, startsAt, because);

    public PrivacyRuleBuilder<T> KeepFor<TFrom>(int years, Expression<Func<T, TFrom>> from, string startsAt, string because) =>
        KeepFor(RetentionPeriod.FromYears(years), from, startsAt, because);

    public PrivacyRuleBuilder<T> KeepFor<TFrom>(RetentionPeriod period, Expression<Func<T, TFrom>> from, string startsAt, string because)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(startsAt);
        ArgumentException.ThrowIfNullOrWhiteSpace(because);
        _keepFor = period;
        _retentionFrom = MemberPath.Single(from);
        _retentionStartsAt = startsAt;
        _retentionReason = because;
        _keepWhileAccountExists = false;
        _keptWithParent = false;
        return this;
    }

    // For rows that live and die with another row: they need no period of their own, and one of
    // their own could remove them while the row they belong to is still in use.
    public PrivacyRuleBuilder<T> KeepWithParent(string because)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(because);
        _keptWithParent = true;
        _keepWhileAccountExists = false;
        _keepFor = null;
        _retentionFrom = null;
        _retentionStartsAt = null;
        _retentionReason = because;
        return this;
    }

    public PrivacyRuleBuilder<T> KeepWhileAccountExists(string because)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(because);
        _keepWhileAccountExists = true;
        _keptWithParent = false;
        _keepFor = null;
        _retentionFrom = null;
        _retentionStartsAt = null;
        _retentionReason = because;
        return this;
    }

    // The column is emptied once `period` from `from` has passed, however long the row is kept.
    public PrivacyRuleBuilder<T> ClearSooner<TFrom>(Expression<Func<T, object?>> property, TimeSpan period, Expression<Func<T, TFrom>> from, string startsAt, string because)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(startsAt);
        ArgumentException.ThrowIfNullOrWhiteSpace(because);
        _clearSooner.Add(new FieldRetention(MemberPath.Single(property), RetentionPeriod.FromTimeSpan(period), MemberPath.Single(from), startsAt, because));
        return this;
    }

    public PrivacyRuleBuilder<T> OnErasure(Erasure erasure)
    {
        _onErasure = erasure;
        return this;
    }

    public PrivacyRuleBuilder<T> AfterRetention(Erasure erasure)
    {
        if (erasure == Erasure.KeepUntilRetentionEnds)
        {
            throw new ArgumentException("After retention a row is deleted or anonymised; it cannot be kept again.", nameof(erasure));
        }

        _afterRetention = erasure;
        return this;
    }

    public PrivacyRuleBuilder<T> StripOnErasure(params Expression<Func<T, object?>>[] properties)
    {
        _stripOnErasure.AddRange(Names(properties));
        return this;
    }

    // Lets the sweep tell rows it already anonymised from rows still waiting.
    public PrivacyRuleBuilder<T> AnonymisedFlag(Expression<Func<T, DateTime?>> flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        _anonymisedFlag = MemberPath.Single(flag);
        return this;
    }

    internal PrivacyRule Build() => new()
    {
        Category = _category,
        SubjectPath = _subjectPath,
        PersonalData = _personalData.Distinct(StringComparer.Ordinal).ToArray(),
        PersonEmail = _personEmail,
        PersonEmailConfirmed = _personEmailConfirmed,
        FoundByEmail = _foundByEmail,
        NotPersonalData = _notPersonalData.Distinct(StringComparer.Ordinal).ToArray(),
        Purposes = _purposes.Distinct().ToArray(),
        Recipients = _recipients.Distinct().ToArray(),
        DataSubjects = _dataSubjects,
        KeepFor = _keepFor,
        RetentionFrom = _retentionFrom,
        RetentionStartsAt = _retentionStartsAt,
        RetentionReason = _retentionReason,
        KeepWhileAccountExists = _keepWhileAccountExists,
        KeptWithParent = _keptWithParent,
        OnErasure = _onErasure,
        AfterRetention = _afterRetention,
        StripOnErasure = _stripOnErasure.Distinct(StringComparer.Ordinal).ToArray(),
        AnonymisedFlag = _anonymisedFlag,
        ClearSooner = _clearSooner.ToArray(),
    };

    private static IEnumerable<string> Names(Expression<Func<T, object?>>[] properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.Select(MemberPath.Single);
    }

    internal static string DisplayName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(DisplayName))}>"
        : type.Name;
}
