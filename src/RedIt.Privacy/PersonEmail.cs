using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace RedIt.Privacy;

// The address by which rows without a subject are found to be the person's (see
// PrivacyRuleBuilder.IdentifiedByEmail): upper case, and only once the person has confirmed it.
internal static class PersonEmail
{
    public static async Task<string?> FindAsync(DbContext db, PrivacyCatalog catalog, Guid personId, CancellationToken cancellationToken)
    {
        var root = catalog.Entries.FirstOrDefault(e => e.Rule.PersonEmail is not null);
        if (root is null)
        {
            return null;
        }

        var type = root.EntityType;
        var email = type.FindProperty(root.Rule.PersonEmail!)!;
        var confirmed = type.FindProperty(root.Rule.PersonEmailConfirmed!)!;
        var query = EntityQueries.Where(
            EntityQueries.Query(db, type),
            EntityQueries.Lambda(type, e => Expression.AndAlso(
                EntityQueries.SubjectEquals(e, root.Rule.SubjectPath, personId),
                Expression.Equal(EntityQueries.Property(e, confirmed), Expression.Constant(true)))));
        var rows = await EntityQueries.SelectRows(query, type, [email]).ToListAsync(cancellationToken);
        return rows is [[string address]] && address.Length > 0 ? address.ToUpperInvariant() : null;
    }
}
