/** Excel workbooks (Apache POI): the data sheets of the dispatch reports. */
package cn.ggzy.server.infrastructure.documents.sheet;
