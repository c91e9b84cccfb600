import Foundation

/// Finds scenario files: command-line arguments may name files or folders.
public enum ScenarioDiscovery {
    /// The files named, with each folder replaced by the `.yaml` files under it (recursively,
    /// sorted by path, hidden entries skipped). Paths stay as the user wrote them, so messages
    /// show `Scenarios/q3-plan.yaml`. A path that does not exist is kept, so loading it
    /// reports the missing file.
    public static func scenarioFiles(in paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            let enumerator = FileManager.default.enumerator(atPath: folder)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator?.skipDescendants()
                } else if name.hasSuffix(".yaml") {
                    found.append(folder + "/" + relative)
                }
            }
            return found.sorted()
        }
    }
}
