namespace RedIt.Privacy.Tests.Toy;

public class Address
{
    public int Id { get; set; }

    public Guid PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string Postcode { get; set; } = "";

    public string Country { get; set; } = "NL";
}
