using RedIt.Portal.Infrastructure;
using RedIt.Portal.Infrastructure.Commands;

var builder = WebApplication.CreateBuilder(args);
if (KeyCertificateCommand.Matches(args))
{
    return KeyCertificateCommand.Run(builder.Configuration, args);
}

builder.AddPortal();
var app = builder.Build();

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

await app.PrepareAsync();
app.UsePortal();
await app.RunAsync();
return 0;

public partial class Program;
