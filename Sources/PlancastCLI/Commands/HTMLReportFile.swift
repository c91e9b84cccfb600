import Foundation
import Reports

/// `--report FILE.html`: the file a command writes its HTML report to, opened before the
/// work starts so a bad path fails at once, and the provenance stated in the report.
struct HTMLReportFile {
    let path: String
    private let stream: FileOutputStream

    /// Creates (or truncates) the report file.
    /// - Throws: `ReportFileError` naming the file when it cannot be created.
    init(path: String) throws {
        self.path = path
        do {
            stream = try FileOutputStream(path: path)
        } catch {
            throw ReportFileError(path: path)
        }
    }

    /// Provenance of a report made now from `source` by this version of the tool.
    static func provenance(source: String) -> ReportProvenance {
        ReportProvenance(source: source, generated: Date(), toolVersion: PlancastVersion.current)
    }

    /// Writes the report that `write` produces, closes the file and says where on standard error.
    func write(_ write: (inout FileOutputStream) -> Void) throws {
        var file = stream
        write(&file)
        try file.close()
        FileHandle.standardError.write(Data("report: \(path)\n".utf8))
    }
}

/// The report file could not be created.
struct ReportFileError: Error, CustomStringConvertible {
    let path: String
    var description: String {
        "cannot write the report to \(path): check that its folder exists and is writable"
    }
}
