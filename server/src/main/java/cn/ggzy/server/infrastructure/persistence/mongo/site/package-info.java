/** MongoDB storage of 标后监管: projects, key personnel (identity encrypted), check-ins and their key indexes. */
package cn.ggzy.server.infrastructure.persistence.mongo.site;
