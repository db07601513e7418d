"""What authors write that pages share: the good-practices library, H5P packages, blocks."""
