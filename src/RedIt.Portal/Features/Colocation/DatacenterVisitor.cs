namespace RedIt.Portal.Features.Colocation;

// A person who will visit: not necessarily the customer, and a data subject of their own. Only
// the first and last name are asked, because that is all the datacenter provider receives (2.5).
public class DatacenterVisitor
{
    public Guid Id { get; set; }

    public Guid VisitId { get; set; }

    public DatacenterVisit Visit { get; set; } = null!;

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";
}
