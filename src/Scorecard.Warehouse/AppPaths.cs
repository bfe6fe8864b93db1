namespace Scorecard.Warehouse;

/// <summary>
/// Folders named in configuration (templates, targets, the inbox, the packs folder) are relative to the application,
/// not to the folder a command or service happens to start in: a Windows service starts in System32, a systemd unit
/// in /, a scheduled task wherever its author left it.
/// </summary>
public static class AppPaths
{
    /// <summary>The folder the application runs from.</summary>
    public static string Root => AppContext.BaseDirectory;

    /// <summary>An absolute path as given; a relative one beside the application.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, Root);
}
