namespace RedIt.Privacy.Tests;

internal static class Utc
{
    public static DateTime At(int year, int month, int day) => new(year, month, day, 12, 0, 0, DateTimeKind.Utc);
}
