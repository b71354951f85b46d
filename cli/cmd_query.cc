// polgraph query: answers questions about the stored network. Each question
// is a subcommand (met, neighbors, path, top, timeline, evidence, events,
// office) taking the same --db, --relation, --since, --until, --aliases and
// --json options. Names are looked up leniently (cli/name_resolver.h: case,
// accents, surnames, first names, other scripts, the aliases table, the
// user's --aliases files and their offices); an unknown name is an error
// suggesting the closest known ones, and a name the filters hide says so. An
// unknown relation, or --since after --until, is an error.
//
// `met NAME`, `neighbors` (depth 1), `path`, `timeline` and `evidence` read only the
// part of the network they need through the store's indexes
// (graph/partial_network.h) when a name is settled there (an exact name, or
// the one stored entity the name can mean); otherwise the whole network is
// built, as for `met` and `top`, so answers and errors are the same either way.
#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/deadline.h"
#include "cli/extractor_options.h"
#include "cli/name_resolver.h"
#include "cli/query_printers.h"
#include "cli/triple_filter_options.h"
#include "extract/aliases.h"
#include "extract/embedded_data.h"
#include "graph/graph_builder.h"
#include "graph/office_history.h"
#include "graph/partial_network.h"
#include "graph/queries.h"
#include "graph/store.h"

namespace polgraph::cli {
namespace {

struct QueryOptions : TripleFilterOptions {  // and --relation, --since, --until
  std::string db = "polgraph.db";
  bool json = false;
  std::vector<std::string> names;  // the NAME / A B positionals
  int depth = 1;
  std::string by = "degree";
  size_t limit = 10;
  std::vector<std::string> rules;    // rules files declaring relations (--rules)
  std::vector<std::string> aliases;  // aliases files added to the built-in table (--aliases)
  unsigned timeout = 0;              // seconds; 0 = none
};

// The store, the filter and the network a question is asked of.
struct QueryContext {
  std::unique_ptr<Store> store;
  TripleFilter filter;
  KnowledgeGraph graph;
  Aliases aliases;

  QueryContext(const QueryOptions& options, RelationTraits relations)
      : store(OpenStore(options.db, StoreMode::kRead)),
        filter(MakeTripleFilter(options, relations, *store)),
        aliases(LoadAliases(options.aliases)) {
    graph = BuildKnowledgeGraph(*store, filter);
    graph.SetRelations(std::move(relations));
  }
  explicit QueryContext(const QueryOptions& options)
      : QueryContext(options, LoadRelations(options.rules)) {}

  // The canonical name meant by `name`.
  std::string ResolveName(const std::string& name) const { return Name(Resolve(name)); }

  EntityId Resolve(const std::string& name) const {
    return NameResolver(graph, *store, filter, aliases).Resolve(name);
  }
  const std::string& Name(EntityId id) const { return graph.entity(id).name; }
};

// Whether a built-in aliases file may name `name` as an office holder (a
// JSON string equal to it). False only when no file holds `"name"` as
// written and none has the escapes (\u, \/) that could spell it otherwise;
// a name with a quote, a backslash or a control character is assumed held.
bool BuiltinAliasesMayHold(const std::string& name) {
  if (std::any_of(name.begin(), name.end(),
                  [](char c) { return c == '"' || c == '\\' || (c >= 0 && c < 0x20); }))
    return true;
  const std::string quoted = '"' + name + '"';
  for (const EmbeddedFile& file : DefaultAliasFiles()) {
    const std::string_view text = file.content;
    if (text.find(quoted) != std::string_view::npos || text.find("\\u") != std::string_view::npos ||
        text.find("\\/") != std::string_view::npos)
      return true;
  }
  return false;
}

// The store and the filter a question is asked of, for the questions that
// read only part of the network (graph/partial_network.h).
struct PartialContext {
  std::unique_ptr<Store> store;
  TripleFilter filter;
  RelationTraits relations;
  StoreWalk walk;

  PartialContext(const QueryOptions& options, RelationTraits relations_given)
      : store(OpenStore(options.db, StoreMode::kRead)),
        filter(MakeTripleFilter(options, relations_given, *store)),
        relations(std::move(relations_given)),
        walk(*store, filter),
        aliases_files_(options.aliases) {
    if (!aliases_files_.empty()) aliases();  // the user's files are checked at once
  }

  // The aliases table, loaded when first asked: an exact name needs none.
  const Aliases& aliases() {
    if (!aliases_) aliases_ = LoadAliases(aliases_files_);
    return *aliases_;
  }

  // The aliases table as far as the offices of `holder` go: the whole table
  // when loaded already, or when it may name `holder` as a holder; else an
  // empty one (it would give the same offices, without reading ~20 ms of JSON).
  const Aliases& OfficesTableFor(const std::string& holder) {
    if (aliases_ || !aliases_files_.empty() || BuiltinAliasesMayHold(holder)) return aliases();
    return no_aliases_;
  }

  // The canonical names meant by `names`, or nullopt when only the whole
  // network can tell (QueryContext then gives the answer or the error).
  std::optional<std::vector<std::string>> Resolve(const std::vector<std::string>& names) {
    std::vector<std::string> canonical;
    for (const std::string& name : names) {
      std::optional<std::string> found =
          ResolveInStore(walk, name, [this](std::string_view typed) -> std::optional<std::string> {
            std::optional<EntityRef> known = aliases().Canonical(typed);
            if (!known) return std::nullopt;
            return known->name;
          });
      if (!found) return std::nullopt;
      canonical.push_back(*found);
    }
    return canonical;
  }
  // The network `build` gives from the walk, with the relations set.
  KnowledgeGraph Network(KnowledgeGraph graph) {
    graph.SetRelations(relations);
    return graph;
  }

 private:
  std::vector<std::string> aliases_files_;
  std::optional<Aliases> aliases_;
  Aliases no_aliases_;
};

// Met pairs of the meeting relation, or of any symmetric one named with --relation.
void RunMet(const QueryOptions& given) {
  QueryOptions options = given;
  if (options.relation.empty()) options.relation = Relation::kMet.name();
  RelationTraits relations = LoadRelations(options.rules);
  auto check_symmetric = [&](const RelationTraits& traits, const TripleFilter& filter) {
    if (!traits.IsSymmetric(*filter.relation))
      throw Error("query met counts meetings only; --relation " + options.relation +
                  " does not apply");
  };
  if (!options.names.empty()) {
    PartialContext partial(options, relations);  // checks that the relation is known
    check_symmetric(partial.relations, partial.filter);
    if (std::optional<std::vector<std::string>> names = partial.Resolve(options.names)) {
      EdgeList linked = LinkedFromStore(partial.walk, names->front());
      std::vector<MetPair> pairs = MetOf(linked, *linked.Find(names->front()), partial.relations);
      options.json ? WriteMetJson(linked, pairs, std::cout)
                   : WriteMetTable(linked, pairs, std::cout);
      return;
    }
  }
  QueryContext context(options, std::move(relations));
  check_symmetric(context.graph.relations(), context.filter);
  std::optional<EntityId> who;
  if (!options.names.empty()) who = context.Resolve(options.names[0]);
  std::vector<MetPair> pairs = Met(context.graph, who);
  options.json ? WriteMetJson(context.graph, pairs, std::cout)
               : WriteMetTable(context.graph, pairs, std::cout);
}

void RunNeighbors(const QueryOptions& options) {
  PartialContext partial(options, LoadRelations(options.rules));
  // Deeper than one link, the answer around a busy entity is much of the
  // network: reading it entity by entity costs more than building it whole.
  std::optional<std::vector<std::string>> names;
  if (options.depth == 1) names = partial.Resolve(options.names);
  if (names) {
    EdgeList linked = LinkedFromStore(partial.walk, names->front());
    std::vector<Neighbor> neighbors = NeighborsOf(linked, *linked.Find(names->front()));
    options.json ? WriteNeighborsJson(linked, neighbors, std::cout)
                 : WriteNeighborsTable(linked, neighbors, std::cout);
    return;
  }
  QueryContext context(options);
  std::vector<Neighbor> neighbors =
      Neighbors(context.graph, context.Resolve(options.names[0]), options.depth);
  options.json ? WriteNeighborsJson(context.graph, neighbors, std::cout)
               : WriteNeighborsTable(context.graph, neighbors, std::cout);
}

void RunPath(const QueryOptions& options) {
  PartialContext partial(options, LoadRelations(options.rules));
  if (std::optional<std::vector<std::string>> names = partial.Resolve(options.names)) {
    KnowledgeGraph graph =
        partial.Network(PathNetworkFromStore(partial.walk, names->at(0), names->at(1)));
    EntityId from = *graph.Find(names->at(0)), to = *graph.Find(names->at(1));
    std::optional<std::vector<PathStep>> path = ShortestPath(graph, from, to);
    options.json ? WritePathJson(graph, from, to, path, std::cout)
                 : WritePathTable(graph, from, to, path, std::cout);
    return;
  }
  QueryContext context(options);
  EntityId from = context.Resolve(options.names[0]);
  EntityId to = context.Resolve(options.names[1]);
  std::optional<std::vector<PathStep>> path = ShortestPath(context.graph, from, to);
  options.json ? WritePathJson(context.graph, from, to, path, std::cout)
               : WritePathTable(context.graph, from, to, path, std::cout);
}

void RunTop(const QueryOptions& options) {
  std::optional<Centrality> by = ParseCentrality(options.by);
  if (!by) throw Error("--by: expected degree, betweenness or pagerank, got '" + options.by + "'");
  QueryContext context(options);
  if (*by == Centrality::kBetweenness)
    WarnIfHeavy("betweenness", context.graph.entity_count(), context.graph.edge_count());
  std::vector<Ranked> ranked = Top(context.graph, *by, options.limit);
  options.json ? WriteTopJson(context.graph, *by, ranked, std::cout)
               : WriteTopTable(context.graph, *by, ranked, std::cout);
}

// The canonical names meant by `options.names`: from the store's indexes
// when they settle it, else from the whole network (its answer or its error).
std::vector<std::string> ResolveNames(const QueryOptions& options, PartialContext& partial) {
  if (std::optional<std::vector<std::string>> names = partial.Resolve(options.names)) return *names;
  QueryContext context(options);
  std::vector<std::string> names;
  for (const std::string& name : options.names) names.push_back(context.ResolveName(name));
  return names;
}

void RunTimeline(const QueryOptions& options) {
  PartialContext partial(options, LoadRelations(options.rules));
  const std::string name = ResolveNames(options, partial).front();
  Timeline timeline = TimelineOf(*partial.store, name, partial.filter, partial.relations,
                                 &partial.OfficesTableFor(name));
  options.json ? WriteTimelineJson(name, timeline, std::cout)
               : WriteTimelineTable(name, timeline, std::cout);
}

void RunEvidence(const QueryOptions& options) {
  PartialContext partial(options, LoadRelations(options.rules));
  std::vector<std::string> names = ResolveNames(options, partial);
  const std::string& a = names.at(0);
  const std::string& b = names.at(1);
  std::vector<Triple> triples = EvidenceBetween(*partial.store, a, b, partial.filter);
  options.json ? WriteEvidenceJson(triples, std::cout) : WriteEvidenceTable(triples, std::cout);
}

void RunEvents(const QueryOptions& options) {
  QueryContext context(options);
  TripleFilter filter = context.filter;
  if (!options.names.empty()) filter.entity = context.Name(context.Resolve(options.names[0]));
  std::vector<Triple> events = EventsOf(*context.store, filter);
  options.json ? WriteEventsJson(events, context.graph.relations(), std::cout)
               : WriteEventsTable(events, context.graph.relations(), std::cout);
}

void RunOffice(const QueryOptions& options) {
  RelationTraits relations = LoadRelations(options.rules);
  std::unique_ptr<Store> store = OpenStore(options.db, StoreMode::kRead);
  Aliases aliases = LoadAliases(options.aliases);
  const std::string& office = options.names[0];
  std::vector<OfficeHolding> holdings =
      OfficeHistory(*store, office, aliases, MakeTripleFilter(options), relations);
  if (holdings.empty()) {
    throw Error("no holder of '" + office +
                "' is known: no stored appointment or dismissal names it, nor do the aliases");
  }
  options.json ? WriteOfficeJson(office, holdings, std::cout)
               : WriteOfficeTable(office, holdings, std::cout);
}

struct Question {
  CLI::App* command;
  std::shared_ptr<QueryOptions> options;
};

// Adds one question with the options every question takes and `names`
// NAME positionals (-1: one, optional).
Question AddQuestion(CLI::App* query, const std::string& name, const std::string& description,
                     int names, void (*run)(const QueryOptions&)) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = query->add_subcommand(name, description);
  if (names == 2) {
    command->add_option("NAMES", options->names, "The two entities (names, surnames or aliases)")
        ->expected(2)
        ->type_name("A B")
        ->required();
  } else if (names != 0) {
    command->add_option("NAME", options->names, "The entity (a name, a surname or an alias)")
        ->expected(names < 0 ? 0 : 1, 1)
        ->required(names > 0);
  }
  command->add_option("--db", options->db, "The database file")->capture_default_str();
  AddTripleFilterOptions(command, options.get());
  command->add_flag("--json", options->json, "Print JSON instead of a table");
  AddRelationsOption(command, &options->rules);
  AddAliasesOption(command, &options->aliases);
  AddTimeoutOption(command, &options->timeout);
  command->callback([options, run, name] {
    Deadline deadline(options->timeout, "query " + name);
    run(*options);
  });
  return {command, options};
}

}  // namespace

void AddQueryCommand(CLI::App& app) {
  CLI::App* query =
      app.add_subcommand("query", "Ask the stored network who met whom, who is central, ...");
  query->require_subcommand(1);
  AddQuestion(query, "met", "Who met whom (or NAME's counterparts): times, first and last date", -1,
              RunMet);
  Question neighbors =
      AddQuestion(query, "neighbors", "Entities within --depth links of NAME", 1, RunNeighbors);
  neighbors.command->add_option("--depth", neighbors.options->depth, "How many links away")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  AddQuestion(query, "path", "A shortest chain of links from A to B, each with relation and date",
              2, RunPath);
  Question top = AddQuestion(query, "top", "The most central entities", 0, RunTop);
  top.command->add_option("--by", top.options->by, "degree, betweenness or pagerank")
      ->capture_default_str()
      ->check(CLI::IsMember({"degree", "betweenness", "pagerank"}));
  top.command->add_option("--limit", top.options->limit, "How many to list")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  AddQuestion(query, "timeline", "What happened to NAME, by date, and the offices it held", 1,
              RunTimeline);
  AddQuestion(query, "evidence", "The sentences and items behind the links between A and B", 2,
              RunEvidence);
  AddQuestion(query, "events",
              "One row per event (of NAME, or all): date, subject, relation, object, role, what "
              "was said, item title, source, url, sentence",
              -1, RunEvents);
  Question office =
      AddQuestion(query, "office",
                  "Who held OFFICE over time: stored appointments and dismissals, and the aliases",
                  1, RunOffice);
  office.command->get_option("NAME")->description(
      "The office as the news or the aliases name it (\"President of Kazakhstan\")");
  query->footer(
      "Options of every question: --db PATH, --relation R, --since DATE, --until DATE, --json,\n"
      "--rules FILE (relations declared there: symmetric, offices, ...), --aliases FILE (more\n"
      "spellings and office holders, as ingest takes them), --timeout SECONDS.\n"
      "met is mutual: A met B and B met A count as one pair; `query met --relation R` counts\n"
      "the pairs of any other symmetric relation R.\n\n"
      "Examples:\n"
      "  polgraph query met\n"
      "  polgraph query met Tokayev --since 2024-01-01 --json\n"
      "  polgraph query neighbors \"Olzhas Bektenov\" --depth 2\n"
      "  polgraph query path Erdogan Sklyar\n"
      "  polgraph query top --by pagerank --limit 5\n"
      "  polgraph query timeline Nurtleu\n"
      "  polgraph query evidence Tokayev Erdogan\n"
      "  polgraph query events Tokayev --relation appointed --since 2024-01-01\n"
      "  polgraph query office \"Prime Minister of Kazakhstan\"");
}

}  // namespace polgraph::cli
