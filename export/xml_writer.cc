#include "export/xml_writer.h"

#include <libxml/chvalid.h>
#include <libxml/entities.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlwriter.h>

#include <algorithm>
#include <string>

#include "export/export_fields.h"
#include "base/error.h"

namespace polgraph {
namespace {

const xmlChar* Chars(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

// `text` with the characters XML 1.0 forbids replaced by U+FFFD.
// Throws Error unless `text` is valid UTF-8.
std::string XmlChars(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t left = text.size();
  while (left > 0) {
    int len = static_cast<int>(std::min<size_t>(left, 4));
    int c = xmlGetUTF8Char(p, &len);
    if (c < 0 || len <= 0)
      throw Error("XML output: \"" + ShowBytes(text) + "\" is not valid UTF-8");
    if (xmlIsCharQ(c)) {
      out.append(reinterpret_cast<const char*>(p), len);
    } else {
      out += "\xEF\xBF\xBD";
    }
    p += len;
    left -= len;
  }
  return out;
}

int WriteToStream(void* context, const char* buffer, int len) {
  auto* out = static_cast<std::ostream*>(context);
  out->write(buffer, len);
  return *out ? len : -1;
}

int CloseStream(void*) { return 0; }

void Check(int rc, const char* what) {
  if (rc < 0) throw Error(std::string("XML output: cannot write ") + what);
}

}  // namespace

struct XmlWriter::State {
  explicit State(std::ostream& stream) : out(stream) {}
  ~State() {
    if (writer) xmlFreeTextWriter(writer);
  }
  std::ostream& out;
  xmlTextWriterPtr writer = nullptr;
};

XmlWriter::XmlWriter(std::ostream& out) : state_(std::make_unique<State>(out)) {
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(WriteToStream, CloseStream, &out, nullptr);
  if (buffer == nullptr) throw Error("XML output: cannot create an output buffer");
  state_->writer = xmlNewTextWriter(buffer);  // owns `buffer` from here on
  if (state_->writer == nullptr) {
    xmlOutputBufferClose(buffer);
    throw Error("XML output: cannot create a writer");
  }
  Check(xmlTextWriterSetIndent(state_->writer, 1), "indentation");
  Check(xmlTextWriterSetIndentString(state_->writer, BAD_CAST "  "), "indentation");
  Check(xmlTextWriterStartDocument(state_->writer, nullptr, "UTF-8", nullptr), "the declaration");
}

XmlWriter::~XmlWriter() = default;

void XmlWriter::Start(std::string_view name) {
  Check(xmlTextWriterStartElement(state_->writer, Chars(std::string(name))), "an element");
}

void XmlWriter::Attribute(std::string_view name, std::string_view value) {
  Check(
      xmlTextWriterWriteAttribute(state_->writer, Chars(std::string(name)), Chars(XmlChars(value))),
      "an attribute");
}

void XmlWriter::Text(std::string_view text) {
  Check(xmlTextWriterWriteString(state_->writer, Chars(XmlChars(text))), "text");
}

void XmlWriter::End() { Check(xmlTextWriterEndElement(state_->writer), "an end tag"); }

void XmlWriter::TextElement(std::string_view name, std::string_view text) {
  Start(name);
  Text(text);
  End();
}

void XmlWriter::Finish() {
  Check(xmlTextWriterEndDocument(state_->writer), "the end of the document");
  Check(xmlTextWriterFlush(state_->writer), "to the stream");
  state_->out.flush();
  if (!state_->out) throw Error("XML output: the stream failed");
}

std::string XmlEscapedText(std::string_view text) {
  xmlChar* escaped = xmlEncodeSpecialChars(nullptr, Chars(XmlChars(text)));
  if (escaped == nullptr) throw Error("XML output: cannot escape text");
  std::string out(reinterpret_cast<const char*>(escaped));
  xmlFree(escaped);
  return out;
}

}  // namespace polgraph
