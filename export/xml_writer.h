// An XML document written element by element to a std::ostream, through
// libxml2's xmlTextWriter, which does the escaping. GraphML and GEXF are
// written with it. Text must be UTF-8; characters that XML 1.0 cannot carry
// at all (control characters other than tab, newline and carriage return)
// are written as U+FFFD, and text that is not valid UTF-8 is an Error.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace polgraph {

class XmlWriter {
 public:
  /// Starts the document (`<?xml version="1.0" encoding="UTF-8"?>`).
  explicit XmlWriter(std::ostream& out);
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;  // owns the libxml2 writer

  /// Opens an element; attributes and text that follow belong to it.
  void Start(std::string_view name);
  /// Adds an attribute to the element just opened.
  void Attribute(std::string_view name, std::string_view value);
  /// Writes escaped text inside the open element.
  void Text(std::string_view text);
  /// Closes the innermost open element.
  void End();
  /// Opens, fills with text and closes an element in one go.
  void TextElement(std::string_view name, std::string_view text);
  /// Closes all open elements and flushes to the stream; throws Error if the
  /// stream failed.
  void Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// `text` as the content of an element, escaped exactly as XmlWriter::Text
/// writes it (the same checks, then libxml2's xmlEncodeSpecialChars), for a
/// writer that lays out its own markup around it. Throws Error unless `text`
/// is valid UTF-8.
std::string XmlEscapedText(std::string_view text);

}  // namespace polgraph
