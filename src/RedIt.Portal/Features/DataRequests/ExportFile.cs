namespace RedIt.Portal.Features.DataRequests;

// A file that goes into the export ZIP as itself (decrypted), under Path. The export's listing
// shows Path instead of the stored value of Column in the row RowId of Entity, so the person
// sees which row the file belongs to.
public sealed record ExportFile(string Path, byte[] Content, string Entity, Guid RowId, string Column);

// A feature that keeps files of a person (ticket attachments; recovery documents could follow).
public interface IPersonalDataFiles
{
    Task<IReadOnlyList<ExportFile>> FilesAsync(Guid personId, CancellationToken cancellationToken = default);
}

// Every feature's files of one person, for the export.
public sealed class PersonalDataFiles(IEnumerable<IPersonalDataFiles> sources)
{
    public async Task<IReadOnlyList<ExportFile>> ForAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var files = new List<ExportFile>();
        foreach (var source in sources)
        {
            files.AddRange(await source.FilesAsync(personId, cancellationToken));
        }

        return files;
    }
}
