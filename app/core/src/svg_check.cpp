#include <motus/core/svg_check.hpp>

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/XML/XMLException.h>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace motus::core {
namespace {

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Collects the first reason the document is unsafe; well-formedness is the parser's job.
class InertSvgHandler final : public Poco::XML::DefaultHandler {
 public:
  void startElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& localName,
                    const Poco::XML::XMLString& qname, const Poco::XML::Attributes& attributes) override {
    const std::string name = lowercase(localName.empty() ? qname : localName);
    if (depth_++ == 0 && name != "svg") note("the root element is <" + name + ">, not <svg>");
    if (name == "script" || name == "foreignobject") note("it contains a <" + name + "> element");
    for (int i = 0; i < attributes.getLength(); ++i) {
      const std::string attribute = lowercase(attributes.getQName(i));
      const std::string& value = attributes.getValue(i);
      if (attribute.rfind("on", 0) == 0) note("it has an event handler attribute '" + attribute + "'");
      const bool isLink = attribute == "href" || attribute == "xlink:href" || attribute == "src";
      const bool internal = value.rfind('#', 0) == 0 || value.rfind("data:image/", 0) == 0;
      if (isLink && !internal) note("it links outside itself ('" + value.substr(0, 60) + "')");
      // Only a value with '(' can hold url(...); path data, the bulk of a drawing, never does.
      if (value.find('(') != std::string::npos && lowercase(value).find("url(http") != std::string::npos)
        note("it loads something from the web");
    }
  }
  void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {
    --depth_;
  }
  const std::string& problem() const { return problem_; }

 private:
  void note(std::string problem) {
    if (problem_.empty()) problem_ = std::move(problem);
  }
  int depth_ = 0;
  std::string problem_;
};

}  // namespace

std::string checkSvg(std::string_view svg) {
  if (svg.find("<!DOCTYPE") != std::string_view::npos || svg.find("<!ENTITY") != std::string_view::npos) {
    return "the SVG declares a DOCTYPE or entities, which illustrations may not use";
  }
  InertSvgHandler handler;
  Poco::XML::SAXParser parser;
  parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, false);
  parser.setFeature(Poco::XML::SAXParser::FEATURE_PARTIAL_READS, false);
  parser.setContentHandler(&handler);
  try {
    parser.parseMemoryNP(svg.data(), svg.size());  // straight from memory: no stream, no copy
  } catch (const Poco::Exception& error) {
    return "the SVG is not well-formed XML (" + error.message() + ")";
  }
  if (!handler.problem().empty()) return "the SVG is not inert: " + handler.problem();
  return {};
}

}  // namespace motus::core
