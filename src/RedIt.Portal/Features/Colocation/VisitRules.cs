namespace RedIt.Portal.Features.Colocation;

// What a visit request may ask, stated to the customer on the form in these same numbers: the
// datacenter needs a day to prepare a visit, and lets visitors in for one stretch within a day.
public static class VisitRules
{
    public const int NoticeHours = 24;

    public const int MaxHours = 12;

    public const int MaxDaysAhead = 90;

    public const int MaxVisitors = 10;

    // Equinix takes at most 50 characters of a visitor's first or last name.
    public const int NameLength = 50;

    public const int RackLength = 50;

    // Empty visitor rows on a new form; "Add a visitor" adds one at a time, without JavaScript.
    public const int FormRows = 3;
}
