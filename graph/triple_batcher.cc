#include "graph/triple_batcher.h"

#include <utility>

namespace polgraph {

void TripleBatcher::Add(Triple triple, const Place& place) {
  const Evidence& e = triple.evidence;
  if (flushed_.contains(e.item_id)) {
    throw Error("a triple of item '" + e.item_id +
                    "' comes after other items' triples; an item's triples must be together",
                place);
  }
  if (!items_.contains(e.item_id)) {
    if (triples_.size() >= triples_per_batch_) Flush();
    Item item;
    item.source = e.source;
    item.position = e.item;
    item.id = e.item_id;
    item.date = e.date;
    item.title = e.title;
    item.url = e.url;
    item.publisher = e.publisher;
    items_.emplace(item.id, order_.size());
    order_.push_back(std::move(item));
  }
  triples_.push_back(std::move(triple));
}

void TripleBatcher::Flush() {
  added_ += store_.AddBatch(order_, triples_);
  items_stored_ += static_cast<long>(order_.size());
  for (Item& item : order_) flushed_.insert(std::move(item.id));
  items_.clear();
  order_.clear();
  triples_.clear();
}

}  // namespace polgraph
