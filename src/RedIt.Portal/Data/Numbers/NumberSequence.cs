namespace RedIt.Portal.Data.Numbers;

// The last number handed out in one series (customer numbers; invoice numbers per year later).
public class NumberSequence
{
    public string Name { get; set; } = "";

    public long LastValue { get; set; }
}
