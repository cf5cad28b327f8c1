namespace RedIt.Privacy.Tests.Toy;

public class Setting
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
