namespace RedIt.Portal.Features.Profile;

public sealed record TwoFactorView(bool Enabled, int RecoveryCodesLeft, bool IsStaff, bool Required, IReadOnlyList<string>? NewRecoveryCodes);
