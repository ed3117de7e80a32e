"""Flow discovery: SQL column lineage, views, database links, Heroku Connect, third parties and
integration configs, and the propagation of entities along flows."""
