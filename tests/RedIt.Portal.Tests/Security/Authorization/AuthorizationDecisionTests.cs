using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RedIt.Portal.Tests.Security.Authorization;

// Deny by default is a net, not the rule: every controller says who may use it, so a reader sees
// the decision where the code is, and a new controller without one fails here before review.
[Trait("Policy", "4")]
public sealed class AuthorizationDecisionTests
{
    private static readonly Type[] Controllers = typeof(Program).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ControllerBase).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void The_portal_has_controllers_to_check() => Assert.True(Controllers.Length > 10, $"found {Controllers.Length}");

    [Fact]
    public void Every_controller_states_who_may_use_it()
    {
        var undecided = Controllers
            .Where(c => !c.GetCustomAttributes(inherit: false).Any(a => a is IAuthorizeData or IAllowAnonymous))
            .Select(c => c.Name)
            .ToList();
        Assert.True(undecided.Count == 0, "No [Authorize(...)] or [AllowAnonymous] on: " + string.Join(", ", undecided));
    }

    [Fact]
    public void No_action_asks_for_a_role_that_its_anonymous_controller_ignores()
    {
        // [AllowAnonymous] on the class wins over [Authorize] on an action: such an action looks
        // protected and is public.
        var misleading = Actions()
            .Where(a => a.DeclaringType!.IsDefined(typeof(AllowAnonymousAttribute), inherit: true)
                && a.GetCustomAttributes(inherit: true).OfType<IAuthorizeData>().Any())
            .Select(Name)
            .ToList();
        Assert.True(misleading.Count == 0, "[Authorize] under an [AllowAnonymous] controller: " + string.Join(", ", misleading));
    }

    [Fact]
    public void Staff_screens_name_the_roles_that_may_use_them()
    {
        // Any signed-in customer passes a bare [Authorize]: staff routes must say which staff.
        var open = Controllers
            .Where(c => c.GetCustomAttribute<RouteAttribute>()?.Template is { } template
                && (template.StartsWith("admin", StringComparison.Ordinal) || template.StartsWith("desk", StringComparison.Ordinal)))
            .Where(c => !c.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any(a => !string.IsNullOrEmpty(a.Roles) || !string.IsNullOrEmpty(a.Policy)))
            .Select(c => c.Name)
            .ToList();
        Assert.True(open.Count == 0, "Staff routes without roles: " + string.Join(", ", open));
    }

    [Fact]
    public void Every_action_that_lets_anyone_in_is_one_a_stranger_needs()
    {
        // Anonymous actions inside a signed-in controller are exceptions worth listing one by one.
        string[] expected = ["ProfileController.ConfirmEmailChange"];
        var exceptions = Actions()
            .Where(a => !a.DeclaringType!.IsDefined(typeof(AllowAnonymousAttribute), inherit: true) && a.IsDefined(typeof(AllowAnonymousAttribute), inherit: true))
            .Select(Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, exceptions);
    }

    private static IEnumerable<MethodInfo> Actions() => Controllers.SelectMany(c => c
        .GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && !m.IsDefined(typeof(NonActionAttribute))));

    private static string Name(MethodInfo action) => action.DeclaringType!.Name + "." + action.Name;
}
