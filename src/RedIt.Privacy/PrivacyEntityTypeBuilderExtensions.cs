using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RedIt.Privacy;

public static class PrivacyEntityTypeBuilderExtensions
{
    public static EntityTypeBuilder<T> Privacy<T>(this EntityTypeBuilder<T> entity, Action<PrivacyRuleBuilder<T>> rules)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(rules);

        // The migrations snapshot generator cannot write object-valued annotations, and rules change no schema, so design-time tools never see them.
        if (EF.IsDesignTime)
        {
            return entity;
        }

        var builder = new PrivacyRuleBuilder<T>();
        rules(builder);
        entity.HasAnnotation(PrivacyAnnotations.Rule, builder.Build());
        return entity;
    }

    public static EntityTypeBuilder<T> NoPersonalData<T>(this EntityTypeBuilder<T> entity, string because)
        where T : class
    {
        NoPersonalData((EntityTypeBuilder)entity, because);
        return entity;
    }

    // Non-generic so join tables configured through UsingEntity(...) can be declared too.
    public static EntityTypeBuilder NoPersonalData(this EntityTypeBuilder entity, string because)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(because);

        // Same reason as in Privacy(): keep migration snapshots free of these annotations.
        if (!EF.IsDesignTime)
        {
            entity.HasAnnotation(PrivacyAnnotations.NoPersonalData, new NoPersonalDataDeclaration(because));
        }

        return entity;
    }
}
