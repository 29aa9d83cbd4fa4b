#include "contentid.h"

#include "frontmatter.h"

bool ContentId::isValid(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

bool ContentId::check(const QString &id, const FrontMatter &frontMatter, const QString &path,
                      Diagnostics *diagnostics)
{
    if (id.isEmpty() || isValid(id))
        return !id.isEmpty();
    const FrontMatterEntry *entry = frontMatter.find(u"id");
    if (diagnostics)
        diagnostics->append(Diagnostic::error(path, entry ? entry->line : 1, entry ? entry->valueColumn : 1,
            QStringLiteral("the id \"") + id
                + QStringLiteral("\" may only use lower-case letters a-z, digits and -, like \"en-vanlig-dag\"")));
    return false;
}
