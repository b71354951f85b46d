#include "graph/knowledge_graph.h"
