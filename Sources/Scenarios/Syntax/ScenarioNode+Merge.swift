extension ScenarioNode {
    /// Lists whose items are merged by an identifying key rather than replaced: the list's
    /// key in its mapping, and the key that identifies an item.
    static let namedLists: [String: String] = [
        "channels": "name", "stages": "name", "strategies": "name", "hires": "month",
    ]

    /// The key that drops an inherited item from a named list (`remove: true`).
    static let removeKey = "remove"

    /// `override` merged deeply over `self`, as `extends` and strategies do.
    ///
    /// Mappings merge key by key (keys of `self` first, in order, then new keys); lists named
    /// in `namedLists` merge item by item on their identifying key, an item with
    /// `remove: true` dropping the inherited item (it is kept, to be reported, when there is
    /// nothing to drop); every other list and scalar is replaced. Nodes keep their origin.
    /// - Parameter listKey: the key holding `self` in its parent mapping, when `self` is a list.
    func merged(with override: ScenarioNode, listKey: String? = nil) -> ScenarioNode {
        switch (kind, override.kind) {
        case (.mapping(let baseEntries), .mapping(let overrideEntries)):
            var entries = baseEntries
            for entry in overrideEntries {
                if let index = entries.firstIndex(where: { $0.key == entry.key }) {
                    entries[index].value = entries[index].value.merged(with: entry.value, listKey: entry.key)
                    entries[index].keyLocation = entry.keyLocation
                } else {
                    entries.append(entry)
                }
            }
            return ScenarioNode(kind: .mapping(entries), location: override.location, path: override.path)
        case (.sequence(let baseItems), .sequence(let overrideItems)):
            guard let listKey, let identity = Self.namedLists[listKey] else { return override }
            var items = baseItems
            for item in overrideItems {
                guard let id = item[identity]?.scalar?.text,
                      let index = items.firstIndex(where: { $0[identity]?.scalar?.text == id })
                else {
                    items.append(item)
                    continue
                }
                if item[Self.removeKey]?.scalar?.text == "true" {
                    items.remove(at: index)
                } else {
                    items[index] = items[index].merged(with: item)
                }
            }
            return ScenarioNode(kind: .sequence(items), location: override.location, path: override.path)
        default:
            return override
        }
    }
}
