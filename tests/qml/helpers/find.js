.pragma library

// Finding items by objectName in the QML tests, one copy for all of them: a depth-first walk over an
// object's data (visual children and non-visual ones such as a Shortcut), a control's contentItem and
// a container's contentChildren, each object visited once.

function each(root, visit) {
    const seen = new Set()
    const walk = object => {
        if (!object || seen.has(object))
            return false
        seen.add(object)
        if (visit(object))
            return true
        for (const list of [object.data, object.children, object.contentChildren]) {
            for (let i = 0; list && i < list.length; ++i) {
                if (walk(list[i]))
                    return true
            }
        }
        return object.contentItem !== undefined && walk(object.contentItem)
    }
    walk(root)
}

// The first object named so under root (root included), or null.
function named(root, name) {
    let found = null
    each(root, object => {
        if (object.objectName !== name)
            return false
        found = object
        return true
    })
    return found
}

// As named(), skipping invisible items: a page keeps hidden parts (a finished quiz's question) named too.
function visibleNamed(root, name) {
    let found = null
    each(root, object => {
        if (object.objectName !== name || object.visible === false)
            return false
        found = object
        return true
    })
    return found
}

// Every object named so under root, in the order of the walk.
function allNamed(root, name) {
    const found = []
    each(root, object => {
        if (object.objectName === name)
            found.push(object)
        return false
    })
    return found
}
