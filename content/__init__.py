"""What authors write that is shared by all pages: the good-practices library, H5P packages, blocks."""
