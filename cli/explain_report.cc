#include "cli/explain_report.h"

#include <string>

namespace polgraph::cli {
namespace {

std::string TripleLine(const Triple& t) {
  std::string line = t.subject.name + " -" + t.relation.name() + "-> " +
                     (t.object.empty() ? "(nothing named)" : t.object.name);
  if (!t.role.empty()) line += "  [role: " + t.role + "]";
  return line + "  (rule " + t.evidence.rule + ")";
}

void PrintMentions(const ExplainReport::SentenceNote& s, std::ostream& out) {
  if (s.mentions.empty()) {
    out << "  mentions: none\n";
    return;
  }
  out << "  mentions:\n";
  for (const auto& m : s.mentions) {
    out << "    \"" << m.text << "\": " << ToString(m.type) << " \"" << m.name << "\"";
    if (!m.title.empty()) out << ", title \"" << m.title << "\"";
    out << " -> ";
    if (m.resolved.empty()) {
      out << "unresolved";
    } else {
      out << m.resolved.name << " (" << ToString(m.resolved.type) << ")";
    }
    if (!m.how.empty()) out << " [" << m.how << "]";
    out << '\n';
  }
}

void PrintRules(const ExplainReport::SentenceNote& s, std::ostream& out) {
  if (s.rules.empty()) {
    out << "  rules: no rule's trigger matches this sentence\n";
    return;
  }
  out << "  rules whose trigger matches:\n";
  for (const auto& r : s.rules) {
    out << "    " << r.rule << ": ";
    if (!r.matched) {
      out << "pattern does not match\n";
      continue;
    }
    out << "matched \"" << r.match << "\"\n";
    for (const auto& g : r.groups) {
      out << "      " << g.group << " \"" << g.text << "\"";
      for (size_t i = 0; i < g.entities.size(); ++i) out << (i ? ", " : " -> ") << g.entities[i];
      out << '\n';
    }
    if (!r.dropped.empty()) out << "      gave nothing: " << r.dropped << '\n';
  }
}

}  // namespace

void PrintExplainReport(const Item& item, const ExplainReport& report, std::ostream& out) {
  out << "== item " << item.position;
  if (!item.source.empty()) out << " of " << item.source;
  if (item.date.IsKnown()) out << ", " << item.date.ToIso();
  out << '\n';
  int n = 0;
  for (const auto& s : report.sentences) {
    out << "sentence " << ++n << (s.headline ? " (headline)" : "") << ": " << s.text << '\n';
    PrintMentions(s, out);
    if (!s.mentions.empty()) out << "  rules read: " << s.masked << '\n';
    PrintRules(s, out);
    for (const Triple& t : s.triples) out << "  triple: " << TripleLine(t) << '\n';
  }
  for (const std::string& r : report.removed) out << "removed: " << r << '\n';
  if (report.triples.empty()) out << "triples: none\n";
  for (const Triple& t : report.triples) out << "TRIPLE " << TripleLine(t) << '\n';
  out << '\n';
}

}  // namespace polgraph::cli
