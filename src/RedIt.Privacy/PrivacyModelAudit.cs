using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

// Keeps the declarations and the model from drifting apart: run it in a test so drift fails the build.
public static class PrivacyModelAudit
{
    public static IReadOnlyList<string> FindProblems(IModel model, Type personRootType)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(personRootType);
        var catalog = new PrivacyCatalog(model);
        var problems = new List<string>();
        var entityTypes = model.GetEntityTypes().OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();

        foreach (var entityType in entityTypes)
        {
            var name = PrivacyCatalog.KeyOf(entityType);
            var free = IsDeclaredFree(entityType);
            if (entityType.IsOwned())
            {
                if (!free && entityType.GetDeclaredProperties().Any(p => p.ClrType == typeof(string)))
                {
                    problems.Add($"{name} is an owned type with text; the privacy engine reads no owned types, so map it as an entity with its own rule.");
                }

                continue;
            }

            var entry = catalog.Find(entityType);
            if (entry is null)
            {
                if (!free && entityType.GetTableName() is not null)
                {
                    problems.Add($"{name} has no privacy declaration: add Privacy(...) or NoPersonalData(...) to its configuration.");
                }

                continue;
            }

            var rule = entry.Rule;
            var classified = rule.PersonalData.Concat(rule.NotPersonalData).ToHashSet(StringComparer.Ordinal);
            foreach (var property in entityType.GetDeclaredProperties().Where(p => p.ClrType == typeof(string) && !classified.Contains(p.Name)))
            {
                problems.Add($"{name}.{property.Name} is text nobody classified: list it in PersonalData(...) or NotPersonalData(...).");
            }

            if (entry.EntityType == entityType)
            {
                CheckRule(entry, problems);
            }
        }

        CheckReachability(model, catalog, personRootType, problems);
        CheckEmailMatching(catalog, problems);
        return problems;
    }

    private static bool IsDeclaredFree(IEntityType entityType)
    {
        for (var type = entityType; type is not null; type = type.BaseType)
        {
            if (type.FindAnnotation(PrivacyAnnotations.NoPersonalData) is not null)
            {
                return true;
            }
        }

        var owner = entityType.FindOwnership()?.PrincipalEntityType;
        return owner is not null && IsDeclaredFree(owner);
    }

    private static void CheckRule(PrivacyCatalogEntry entry, List<string> problems)
    {
        var entityType = entry.EntityType;
        var rule = entry.Rule;
        var name = entry.Key;

        foreach (var listed in rule.PersonalData.Concat(rule.NotPersonalData).Concat(rule.StripOnErasure).Distinct(StringComparer.Ordinal))
        {
            if (entityType.FindProperty(listed) is null)
            {
                problems.Add($"{name} classifies {listed}, which is not one of its properties.");
            }
        }

        foreach (var both in rule.PersonalData.Intersect(rule.NotPersonalData, StringComparer.Ordinal))
        {
            problems.Add($"{name}.{both} is listed both as personal data and as not personal data.");
        }

        if (rule.PersonalData.Count > 0 && !rule.HasSubject)
        {
            problems.Add($"{name} holds personal data but declares no Subject(...): export and erasure cannot tell whose it is.");
        }

        if (rule.HasSubject)
        {
            CheckSubjectPath(entry, problems);
        }

        if (rule.Purposes.Count == 0)
        {
            problems.Add($"{name} declares no Purpose(...).");
        }

        if (rule.RetentionFrom is { } from)
        {
            var property = entityType.FindProperty(from);
            if (property is null)
            {
                problems.Add($"{name} counts its retention from {from}, which is not a mapped property.");
            }
            else if (property.ClrType != typeof(DateTime) && property.ClrType != typeof(DateTime?))
            {
                problems.Add($"{name} counts its retention from {from}, a {property.ClrType.Name}; it must be a DateTime in UTC.");
            }
        }

        foreach (var field in rule.ClearSooner)
        {
            var property = entityType.FindProperty(field.Property);
            if (property is null || !rule.PersonalData.Contains(field.Property))
            {
                problems.Add($"{name} clears {field.Property} sooner, which is not one of its personal data properties.");
            }
            else if (!property.IsNullable)
            {
                problems.Add($"{name} clears {field.Property} sooner, but the column cannot be empty.");
            }

            if (entityType.FindProperty(field.From)?.ClrType is var fromType && fromType != typeof(DateTime) && fromType != typeof(DateTime?))
            {
                problems.Add($"{name} counts the retention of {field.Property} from {field.From}, which must be a DateTime in UTC.");
            }
        }

        if (!rule.DeclaresRetention)
        {
            problems.Add($"{name} does not say how long it is kept: declare KeepFor(...), KeepWhileAccountExists(...) or KeepWithParent(...).");
        }

        if (rule.OnErasure == Erasure.KeepUntilRetentionEnds && rule.KeepFor is null)
        {
            problems.Add($"{name} is kept until its retention ends but declares no KeepFor(...) period.");
        }

        if (rule.KeepFor is not null && rule.AfterRetention == Erasure.Anonymise && rule.AnonymisedFlag is null)
        {
            problems.Add($"{name} is anonymised after retention but declares no AnonymisedFlag(...), so the sweep would redo it every run.");
        }

        if (rule.AnonymisedFlag is { } flag && entityType.FindProperty(flag)?.ClrType != typeof(DateTime?))
        {
            problems.Add($"{name} marks anonymisation in {flag}, which must be a nullable DateTime property.");
        }

        var mayAnonymise = rule.OnErasure != Erasure.Delete || rule.AfterRetention == Erasure.Anonymise || rule.StripOnErasure.Count > 0;
        foreach (var property in rule.PersonalData.Concat(rule.StripOnErasure).Select(entityType.FindProperty).OfType<IProperty>().Distinct())
        {
            if (mayAnonymise && property.IsPrimaryKey())
            {
                problems.Add($"{name}.{property.Name} is personal data in the primary key, which cannot be anonymised.");
            }
            else if (mayAnonymise && property.ClrType == typeof(string) && !property.IsNullable && Anonymiser.IsUnique(property)
                && property.GetMaxLength() is { } max && max < Anonymiser.ErasedPrefix.Length + 36)
            {
                problems.Add($"{name}.{property.Name} is unique and at most {max} characters: too short for the erased-<key> value anonymisation writes.");
            }
        }
    }

    // Rows found by e-mail need one confirmed address to be found by, and a subject that can be empty.
    private static void CheckEmailMatching(PrivacyCatalog catalog, List<string> problems)
    {
        var roots = catalog.Entries.Where(e => e.Rule.PersonEmail is not null).ToList();
        if (roots.Count > 1)
        {
            problems.Add($"{string.Join(" and ", roots.Select(r => r.Key))} both declare IdentifiedByEmail(...); one entity is the person.");
        }

        foreach (var root in roots)
        {
            if (root.EntityType.FindProperty(root.Rule.PersonEmail!)?.ClrType != typeof(string)
                || root.EntityType.FindProperty(root.Rule.PersonEmailConfirmed!)?.ClrType != typeof(bool))
            {
                problems.Add($"{root.Key} identifies the person by e-mail through {root.Rule.PersonEmail} and {root.Rule.PersonEmailConfirmed}, which must be a text and a bool property.");
            }
        }

        foreach (var entry in catalog.Entries.Where(e => e.Rule.FoundByEmail is not null))
        {
            var rule = entry.Rule;
            if (roots.Count == 0)
            {
                problems.Add($"{entry.Key} is found by e-mail, but no entity declares IdentifiedByEmail(...) to find it by.");
            }

            if (entry.EntityType.FindProperty(rule.FoundByEmail!)?.ClrType != typeof(string) || !rule.PersonalData.Contains(rule.FoundByEmail!, StringComparer.Ordinal))
            {
                problems.Add($"{entry.Key} is found by e-mail through {rule.FoundByEmail}, which must be a text property listed as personal data.");
            }

            if (rule.SubjectPath.Count != 1 || entry.EntityType.FindProperty(rule.SubjectPath[0])?.ClrType != typeof(Guid?))
            {
                problems.Add($"{entry.Key} is found by e-mail, so its subject must be a Guid? property of its own that can be empty.");
            }
        }
    }

    private static void CheckSubjectPath(PrivacyCatalogEntry entry, List<string> problems)
    {
        IReadOnlyEntityType current = entry.EntityType;
        var path = entry.Rule.SubjectPath;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var navigation = current.FindNavigation(path[i]);
            if (navigation is null || navigation.IsCollection)
            {
                problems.Add($"{entry.Key}: its subject {entry.Rule.SubjectPathText} must go through reference navigations, and {path[i]} is not one.");
                return;
            }

            current = navigation.TargetEntityType;
        }

        var subject = current.FindProperty(path[^1]);
        if (subject is null || (subject.ClrType != typeof(Guid) && subject.ClrType != typeof(Guid?)))
        {
            problems.Add($"{entry.Key}: its subject {entry.Rule.SubjectPathText} must end in a mapped Guid property.");
        }
    }

    // Walks navigations and incoming foreign keys from the person, the way their data hangs together.
    private static void CheckReachability(IModel model, PrivacyCatalog catalog, Type personRootType, List<string> problems)
    {
        var root = model.FindEntityType(personRootType);
        if (root is null)
        {
            problems.Add($"{personRootType.Name}, the person's root entity, is not in the model.");
            return;
        }

        var paths = new Dictionary<IEntityType, string> { [root] = PrivacyCatalog.KeyOf(root) };
        var queue = new Queue<IEntityType>([root]);
        while (queue.TryDequeue(out var current))
        {
            var next = current.GetNavigations().Select(n => (n.Name, Type: n.TargetEntityType))
                .Concat(current.GetSkipNavigations().Select(n => (n.Name, Type: n.TargetEntityType)))
                .Concat(current.GetReferencingForeignKeys().Select(fk => ($"<{PrivacyCatalog.KeyOf(fk.DeclaringEntityType)}>", Type: fk.DeclaringEntityType)))
                .Concat(current.GetDerivedTypes().Select(d => ($"<{PrivacyCatalog.KeyOf(d)}>", Type: d)));
            foreach (var (step, type) in next)
            {
                if (paths.TryAdd(type, $"{paths[current]}.{step}"))
                {
                    queue.Enqueue(type);
                }
            }
        }

        foreach (var (entityType, path) in paths.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            var entry = catalog.Find(entityType);
            if (entry is not null && entry.Rule.PersonalData.Count > 0 && !entry.Rule.HasSubject)
            {
                problems.Add($"{PrivacyCatalog.KeyOf(entityType)} is reachable from the person ({path}) and holds personal data, but has no Subject(...), so the person's export would miss it.");
            }
        }
    }
}
